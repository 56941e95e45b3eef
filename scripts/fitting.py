"""What the training scripts share: logistic regression by gradient descent, and the text key that matches
restored pieces to the gold."""
import re
import unicodedata

import numpy as np


def fit(X: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 4000, lr: float = 0.1):
    """Weights and bias of an L2-regularized logistic regression on standardized features ``X``."""
    w, b = np.zeros(X.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(X @ w + b)))
        w -= lr * (X.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= lr * float(np.mean(p - y))
    return w, b


def norm(s: str) -> str:
    """The text with NFKC forms and no white space: how the scorer compares texts."""
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", s or ""))

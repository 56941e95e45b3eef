"""The small logistic models that the project's scripts train and ship as JSON in ``baoku/data``."""
from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """A model: ``weights``, the features' ``mean`` and ``scale``, ``bias`` and ``threshold``; and ``terms``,
    each weighted feature's name, weight, mean and scale in the weights' order (gathered once, not per call)."""
    model = json.loads(resources.files("baoku.data").joinpath(name).read_text("utf-8"))
    model["terms"] = tuple((k, w, model["mean"][k], model["scale"][k]) for k, w in model["weights"].items())
    return model


def probability(model: dict, feats: dict[str, float]) -> float:
    z = model["bias"] + sum(w * (feats[k] - mean) / scale for k, w, mean, scale in model["terms"])
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

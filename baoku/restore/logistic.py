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
    """The model's probability for the features ``feats``: the weighted terms added up left to right from 0, as
    ``sum`` adds them (in a loop: no generator resumed a term)."""
    total = 0
    for k, w, mean, scale in model["terms"]:
        total += w * (feats[k] - mean) / scale
    z = model["bias"] + total
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

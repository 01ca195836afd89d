"""The learned targeting model: features, estimator, saved artefact, explanations, policy.

Layer: core, part of `kordon.risk`: imports only `kordon.domain` and `kordon.risk`.
"""

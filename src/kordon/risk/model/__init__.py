"""The learned targeting model: features, estimator, saved artefact, explanations, policy."""

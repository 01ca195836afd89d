"""The name of a saved model's card file, kept apart so it can be checked without LightGBM."""

CARD = "model.json"

"""What each chapter's headline result must reach in the quick profile (CI), against chance.

The quick profile trains on a sample for an epoch or two, so its numbers are far below the
full-profile goals in README.md; but a chapter whose quick run is at chance level has a broken
pipeline (labels shuffled against the data, a loss that does not train, a loader that returns
zeros), and that is what these floors catch. Each floor is chance plus a stated margin:

- classification: chance is the share of the most frequent test class (what always guessing it
  scores); the margin is 0.15, or 0.10 for binary tasks. The two recurrent chapters (06, 07) train
  two epochs on a sample in the quick profile and get a margin of 0.05: still 2 to 5 standard
  errors of a chance-level score on their quick test sets (2,500 reviews; 500 newswires).
- regression: chance is the test MAE of always predicting the training mean; the run must be at
  least 25% better.
- language model: chance is the perplexity of a uniform guess over the vocabulary (its size); the
  run must be at least 5 times better.

tests/nbval_jjava.py applies them to the line "Test accuracy: 0.xxxx" / "Test MAE: x.xx" that every
chapter prints, while `make test` runs the notebooks.
"""

# chapter prefix -> (metric, chance, floor); accuracy must be >= floor, MAE <= floor
QUICK_FLOORS = {
    "00": ("Test accuracy", 0.333, 0.483), # iris (chapter 00's linear model): three classes, stratified
    "01": ("Test accuracy", 0.50, 0.60),   # apples: two classes, about balanced
    "02": ("Test accuracy", 0.333, 0.483), # iris: three classes, the test split is stratified (10 each)
    "03": ("Test MAE", 6.5, 4.9),          # Boston: predicting the training mean, about 6.5 ($1000s)
    "04": ("Test accuracy", 0.1135, 0.2635),  # MNIST: the most frequent test digit (1) is 11.35%
    "05": ("Test accuracy", 0.1135, 0.2635),
    "06": ("Test accuracy", 0.50, 0.55),   # IMDB: balanced positive and negative reviews
    "07": ("Test accuracy", 0.362, 0.412), # Reuters: topic 3 (earn) is 36.2% of the test newswires
    "08": ("Test accuracy", 0.10, 0.25),   # Fashion-MNIST: ten classes, 1,000 test images each
    "09": ("Test perplexity", 5000, 1000),  # Austen: 5,000 words; a uniform guess has perplexity 5,000
    "10": ("Test accuracy", 0.1667, 0.3167),  # sounds: six kinds in equal numbers
}


def failure(notebook_name: str, metric: str, value: float):
    """The reason a quick-profile result fails its floor, or None when it passes or is not guarded."""
    goal = QUICK_FLOORS.get(notebook_name[:2])
    if goal is None or goal[0] != metric or "/solutions/" in notebook_name:
        return None
    _, chance, floor = goal
    if metric in ("Test MAE", "Test perplexity"):
        ok = value <= floor
    else:
        ok = value >= floor
    if ok:
        return None
    return (f"{notebook_name}: quick-profile {metric} {value} is not clearly better than chance ({chance}; "
            f"the floor is {floor}, see tests/chapter_goals.py): the chapter's training pipeline is broken")

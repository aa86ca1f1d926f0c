import itertools
import warnings

import torch

torch.autograd.set_detect_anomaly(True, check_nan=False)  # as the hint says
w = torch.tensor([1.0, -1.0], requires_grad=True)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    h = torch.sigmoid(w)
    scores = h * 3
    h += 1  # the culprit: sigmoid saved h
    try:
        (scores + h).sum().backward()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")

for warning in caught:  # each warning's first line, then this file's frames
    lines = str(warning.message).splitlines()
    print("UserWarning:", lines[0])
    for where, code in itertools.pairwise(lines):
        if __file__ in where:
            print(where, code, sep="\n")

import itertools
import warnings

import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([1.0, 2.0])  # the same point: the distance is 0

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.autograd.detect_anomaly():
        squared = (a - b) ** 2
        distance = squared.sum().sqrt()
        try:
            distance.backward()
        except RuntimeError as error:
            print(f"RuntimeError: {error}")

for warning in caught:  # each warning's first line, then this file's frames
    lines = str(warning.message).splitlines()
    print("UserWarning:", lines[0])
    for where, code in itertools.pairwise(lines):
        if __file__ in where:
            print(where, code, sep="\n")

#!/usr/bin/env python3
"""Records torch.optim trajectories that Tests/OptimTests/TorchOptimizerTests.swift replays.

Usage (from the repository root; needs `pip install torch`, CPU wheel is enough):

    python3 Tests/OptimTests/Fixtures/record_torch.py

writes Tests/OptimTests/Fixtures/Torch/<optimizer>.json for SGD, Adam, AdamW, RMSprop, Adagrad,
NAdam, RAdam and Adamax.

Every run uses float64, the single-tensor code path (foreach=False) and two parameter tensors, a
vector x of 5 entries and a 3x4 matrix W.  The gradient fed to the optimizer is the exact gradient of

    f(x, W) = sum_i [10 (x[i+1] - x[i]^2)^2 + (1 - x[i])^2]      (a mild Rosenbrock chain)
            + sum_k [c_k W_k^2 / 2 + W_k^4 / 10] + 0.3 x[0] sum_k W_k,   c_k = 1 + k/4

(k runs over W's row-major entries), evaluated at the current parameters, so each trajectory feeds
back through the optimizer.  With `maximize` the gradient of -f is fed instead, so the run still
descends f.  The gradient is computed here in plain Python floats, with the same operation order as
`TorchFixture.gradient` in the Swift tests, so both sides see bit-identical gradients for identical
parameters.

Numerics: torch's CPU kernels contract a*b + c into fused multiply-adds where the CPU has them
(add with alpha, addcmul, lerp on AVX2/AVX-512), while the Swift ports round every product and sum
separately, so the two sides differ by about an ulp per operation and the tests allow a relative error
of 1e-12.  Configurations are chosen so that such differences are not amplified by the dynamics:
centered RMSprop with a small alpha (v - avg^2 cancels on a smooth trajectory) is left out for that
reason; the centered branch is covered with alpha = 0.99.

Each JSON file holds torch's defaults for the optimizer (`defaults`, camelCase; the Swift tests check
that the initialisers' defaults equal them) and, per configuration: the options (camelCase, as the Swift initialisers name
them), optional learning-rate changes `lrChanges` ([step, lr] pairs: before 1-based step `step`, the
learning rate becomes `lr`), the initial parameters and the flattened parameters (x then W) after
every step.  Floats are written with repr, i.e. round-trip exact.
"""

import json
import os

import torch

STEPS = 60
X0 = [-1.2, 1.0, 0.5, -0.3, 0.8]
W0 = [0.5, -0.4, 0.3, 0.9, -0.7, 0.2, -0.1, 0.6, 0.05, -0.8, 0.45, -0.25]
W_SHAPE = [3, 4]


def gradient(x, w):
    """Gradient of f above; keep in sync with TorchFixture.gradient (same operation order)."""
    n = len(x)
    gx = [0.0] * n
    for i in range(n - 1):
        r = x[i + 1] - x[i] * x[i]
        gx[i] = gx[i] - 40.0 * x[i] * r - 2.0 * (1.0 - x[i])
        gx[i + 1] = gx[i + 1] + 20.0 * r
    s = 0.0
    for v in w:
        s = s + v
    gx[0] = gx[0] + 0.3 * s
    gw = [0.0] * len(w)
    for k, v in enumerate(w):
        c = 1.0 + 0.25 * k
        gw[k] = c * v + 0.4 * v * v * v + 0.3 * x[0]
    return gx, gw


# name → (torch class, [(configuration name, options in camelCase, lr changes)])
CONFIGS = {
    "SGD": (torch.optim.SGD, [
        ("plain", {"lr": 0.01}, []),
        ("momentum-dampening-weightDecay", {"lr": 0.005, "momentum": 0.9, "dampening": 0.1, "weightDecay": 0.01}, []),
        ("nesterov-maximize", {"lr": 0.005, "momentum": 0.9, "nesterov": True, "maximize": True}, []),
        ("defaults-lrChanges", {}, [[20, 0.02], [40, 0.005]]),
    ]),
    "Adam": (torch.optim.Adam, [
        ("lr", {"lr": 0.01}, []),
        ("amsgrad-weightDecay-maximize", {"lr": 0.02, "amsgrad": True, "weightDecay": 0.05, "maximize": True}, []),
        ("lowBeta1-eps-decoupled", {"lr": 0.02, "betas": [0.3, 0.99], "eps": 1e-6, "weightDecay": 0.1, "decoupledWeightDecay": True}, []),
        ("defaults-lrChanges", {}, [[30, 0.03]]),
    ]),
    "AdamW": (torch.optim.AdamW, [
        ("lr", {"lr": 0.01}, []),
        ("amsgrad-maximize-weightDecay", {"lr": 0.02, "amsgrad": True, "maximize": True, "weightDecay": 0.1}, []),
        ("betas-eps", {"lr": 0.05, "betas": [0.8, 0.95], "eps": 1e-4}, [[30, 0.01]]),
        ("lowBeta1", {"lr": 0.02, "betas": [0.4, 0.9], "weightDecay": 0.0}, []),
    ]),
    "RMSprop": (torch.optim.RMSprop, [
        ("defaults", {}, []),
        ("centered-momentum", {"lr": 0.001, "centered": True, "momentum": 0.9}, []),
        ("alpha-weightDecay-maximize-eps", {"lr": 0.005, "alpha": 0.9, "weightDecay": 0.05, "maximize": True, "eps": 1e-6}, []),
        ("lowAlpha-momentum-eps", {"lr": 0.001, "alpha": 0.3, "momentum": 0.5, "eps": 1e-4}, [[30, 0.0005]]),
    ]),
    "Adagrad": (torch.optim.Adagrad, [
        ("lr", {"lr": 0.1}, []),
        ("lrDecay-initialAccumulatorValue", {"lr": 0.2, "lrDecay": 0.01, "initialAccumulatorValue": 0.1}, []),
        ("weightDecay-maximize-eps", {"lr": 0.05, "weightDecay": 0.01, "maximize": True, "eps": 1e-6}, [[30, 0.1]]),
    ]),
    "NAdam": (torch.optim.NAdam, [
        ("lr", {"lr": 0.01}, []),
        ("weightDecay-momentumDecay-maximize", {"lr": 0.02, "weightDecay": 0.05, "momentumDecay": 0.01, "maximize": True}, []),
        ("decoupled-lowBeta1-eps", {"lr": 0.02, "betas": [0.3, 0.99], "weightDecay": 0.1, "decoupledWeightDecay": True, "eps": 1e-6}, [[30, 0.01]]),
    ]),
    "RAdam": (torch.optim.RAdam, [
        ("lr", {"lr": 0.01}, []),
        ("weightDecay-maximize-betas", {"lr": 0.02, "betas": [0.9, 0.99], "weightDecay": 0.05, "maximize": True}, []),
        ("decoupled-lowBeta1-eps", {"lr": 0.02, "betas": [0.3, 0.9], "weightDecay": 0.1, "decoupledWeightDecay": True, "eps": 1e-6}, [[30, 0.01]]),
    ]),
    "Adamax": (torch.optim.Adamax, [
        ("lr", {"lr": 0.01}, []),
        ("weightDecay-maximize", {"lr": 0.02, "weightDecay": 0.05, "maximize": True}, []),
        ("lowBeta1-eps", {"lr": 0.05, "betas": [0.3, 0.9], "eps": 1e-4}, [[30, 0.01]]),
    ]),
}

# Options that are torch implementation switches, not part of the algorithm.
SWITCHES = {"foreach", "capturable", "differentiable", "fused"}

SNAKE = {
    "weightDecay": "weight_decay",
    "lrDecay": "lr_decay",
    "initialAccumulatorValue": "initial_accumulator_value",
    "momentumDecay": "momentum_decay",
    "decoupledWeightDecay": "decoupled_weight_decay",
}


def camel(name):
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def torch_defaults(cls):
    defaults = cls([torch.zeros(1)]).defaults
    return {camel(k): (list(v) if isinstance(v, tuple) else v) for k, v in defaults.items() if k not in SWITCHES}


def record(cls, options, lr_changes):
    x = torch.tensor(X0, dtype=torch.float64)
    w = torch.tensor(W0, dtype=torch.float64).reshape(W_SHAPE)
    kwargs = {SNAKE.get(k, k): (tuple(v) if isinstance(v, list) else v) for k, v in options.items()}
    opt = cls([x, w], foreach=False, **kwargs)
    sign = -1.0 if options.get("maximize", False) else 1.0
    changes = dict((step, lr) for step, lr in lr_changes)
    trajectory = []
    for step in range(1, STEPS + 1):
        if step in changes:
            for group in opt.param_groups:
                group["lr"] = changes[step]
        gx, gw = gradient(x.tolist(), w.reshape(-1).tolist())
        x.grad = torch.tensor([sign * v for v in gx], dtype=torch.float64)
        w.grad = torch.tensor([sign * v for v in gw], dtype=torch.float64).reshape(W_SHAPE)
        opt.step()
        trajectory.append(x.tolist() + w.reshape(-1).tolist())
    return trajectory


def main():
    torch.set_default_dtype(torch.float64)  # step counts and NAdam's mu_product in float64 too
    out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "Torch")
    os.makedirs(out_dir, exist_ok=True)
    for name, (cls, configs) in CONFIGS.items():
        entries = []
        for config_name, options, lr_changes in configs:
            entries.append({
                "name": config_name,
                "options": options,
                "lrChanges": lr_changes,
                "steps": STEPS,
                "shapes": [[len(X0)], W_SHAPE],
                "initial": X0 + W0,
                "trajectory": record(cls, options, lr_changes),
            })
        document = {
            "optimizer": name,
            "torch": torch.__version__,
            "defaults": torch_defaults(cls),
            "configurations": entries,
        }
        with open(os.path.join(out_dir, name + ".json"), "w") as f:
            json.dump(document, f, separators=(",", ":"))
            f.write("\n")


if __name__ == "__main__":
    main()

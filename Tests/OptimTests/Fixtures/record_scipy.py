#!/usr/bin/env python3
"""Records SciPy's BFGS runs that Tests/OptimTests/Optimizers/SciPyBFGSTests.swift compares Optim's BFGS with.

Usage (from the repository root; needs `pip install scipy`):

    python3 Tests/OptimTests/Fixtures/record_scipy.py

writes Tests/OptimTests/Fixtures/SciPy/BFGS.json with one entry per problem:

- `quadratic`: f(x) = x^T A x / 2 with A = diag(d), d = logspace(0, 2, 20) (20 eigenvalues from 1 to
  100, log-spaced), from x0 = ones(20): the problem of issue 13;
- `rosenbrock`: f(x, y) = (1 - x)^2 + 100 (y - x^2)^2 from (-1.2, 1).

Each is minimised by scipy.optimize.minimize(method="BFGS") with its defaults (gtol = 1e-5 on the
largest gradient entry, strong Wolfe line search with c1 = 1e-4, c2 = 0.9, H0 = I) and the exact
gradient. Each entry holds the eigenvalues or start, SciPy's iteration count `iterations`, its function
and gradient evaluation counts, the final point and value, and every iterate (`iterates[k]` is the
point after k iterations, `iterates[0]` the start).  Floats are written with repr, i.e. round-trip
exact.
"""

import json
import os

import numpy as np
import scipy
from scipy.optimize import minimize


def record(fun, jac, x0):
    iterates = [list(map(float, x0))]
    result = minimize(fun, np.array(x0, dtype=float), jac=jac, method="BFGS",
                      callback=lambda xk: iterates.append(list(map(float, xk))))
    assert result.success, result.message
    return {
        "start": list(map(float, x0)),
        "iterations": int(result.nit),
        "functionEvaluations": int(result.nfev),
        "gradientEvaluations": int(result.njev),
        "finalPoint": list(map(float, result.x)),
        "finalValue": float(result.fun),
        "finalGradientNorm": float(np.linalg.norm(jac(result.x))),
        "iterates": iterates,
    }


def main():
    d = np.logspace(0, 2, 20)
    quadratic = record(lambda x: 0.5 * float(x @ (d * x)), lambda x: d * x, np.ones(20))
    quadratic["eigenvalues"] = list(map(float, d))

    def rosen(p):
        x, y = p
        return (1 - x) ** 2 + 100 * (y - x * x) ** 2

    def rosen_grad(p):
        x, y = p
        return np.array([-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)])

    rosenbrock = record(rosen, rosen_grad, np.array([-1.2, 1.0]))
    out = {"scipy": scipy.__version__, "gtol": 1e-5, "quadratic": quadratic, "rosenbrock": rosenbrock}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "SciPy", "BFGS.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"{path}: quadratic {quadratic['iterations']} iterations, rosenbrock {rosenbrock['iterations']} iterations")


if __name__ == "__main__":
    main()

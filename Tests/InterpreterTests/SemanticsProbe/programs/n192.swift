print([1, 2].enumerated())

print([3, 1, 2].sorted(by: <), [0.5, 2.0, 1.0].sorted(by: >))
// expect: [1, 2, 3] [2.0, 1.0, 0.5]

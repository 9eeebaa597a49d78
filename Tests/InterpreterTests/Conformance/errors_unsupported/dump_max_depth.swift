dump([1, 2], maxDepth: 1)
// expect error: 1:24 not supported in experiment blocks: 'dump' with 'maxDepth:'

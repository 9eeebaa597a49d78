let x: Float = 1
// expect error: 1:8 not supported in experiment blocks: type 'Float'

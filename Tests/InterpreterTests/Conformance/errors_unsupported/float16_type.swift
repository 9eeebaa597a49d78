let x: Float16 = 1
// expect error: 1:8 not supported in experiment blocks: type 'Float16'

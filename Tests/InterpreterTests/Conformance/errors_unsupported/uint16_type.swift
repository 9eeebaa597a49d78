let x: UInt16 = 1
// expect error: 1:8 not supported in experiment blocks: type 'UInt16'

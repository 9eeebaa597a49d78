extension Int {}
// expect error: 1:11 not supported in experiment blocks: extensions of 'Int' (write a function taking it instead)

let x = 1 as Int
// expect error: 1:11 not supported in experiment blocks: 'as' casts

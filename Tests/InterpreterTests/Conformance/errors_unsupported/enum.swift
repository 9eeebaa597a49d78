let a = 1
enum Mode { case fast, slow }
// expect error: 2:1 not supported in experiment blocks: enums

enum Mode { case fast, slow }
let m = Mode.medium
// expect error: 2:14 type 'Mode' has no member 'medium'

let flag = true
let both = flag ? nil : nil
// expect error: 2:19 'nil' requires a contextual type

class Config {
    let steps = 10
}
let c = Config()
c.steps = 20
// expect error: 5:3 cannot assign to property: 'steps' is a 'let' constant

let step = undefinedRate * 2
print(step + 1)
let twice: Int = "two"
// expect error: 1:12 cannot find 'undefinedRate' in scope

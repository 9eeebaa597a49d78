struct Run { var value: Double }
let run = Run(value: 1)
print(run.valeu)
// expect error: 3:11 value of type 'Run' has no member 'valeu'; did you mean 'value'?

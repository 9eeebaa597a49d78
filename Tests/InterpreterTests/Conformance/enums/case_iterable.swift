enum Schedule: CaseIterable { case constant, step, cosine }
print(Schedule.allCases.count)
for s in Schedule.allCases { print(s) }
let names = Schedule.allCases.map { "\($0)" }
print(names.joined(separator: ","))
// expect: 3
// expect: constant
// expect: step
// expect: cosine
// expect: constant,step,cosine

let a = 17
print(a.quotientAndRemainder(dividingBy: 5), (-17).quotientAndRemainder(dividingBy: 5).remainder)
print(Int(-7).signum(), Int(0).signum(), a.signum())
let (sum, overflow) = Int.max.addingReportingOverflow(1)
print(sum == Int.min, overflow, 3.addingReportingOverflow(4))
print(Int.min.subtractingReportingOverflow(1).overflow, a.multipliedReportingOverflow(by: 3))
let minusOne = -1
print(Int.min.dividedReportingOverflow(by: minusOne), a.remainderReportingOverflow(dividingBy: a - a))
// expect: (quotient: 3, remainder: 2) -2
// expect: -1 0 1
// expect: true true (partialValue: 7, overflow: false)
// expect: true (partialValue: 51, overflow: false)
// expect: (partialValue: -9223372036854775808, overflow: true) (partialValue: 17, overflow: true)

let a: UInt8 = 7
print(a.dividedReportingOverflow(by: 0))
// expect error: 2:9 division by zero

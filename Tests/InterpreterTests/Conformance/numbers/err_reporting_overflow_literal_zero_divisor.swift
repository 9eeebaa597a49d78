// A literal zero divisor is swiftc's compile-time error, even where the method reports it.
print(7.remainderReportingOverflow(dividingBy: 0))
// expect error: 2:9 division by zero

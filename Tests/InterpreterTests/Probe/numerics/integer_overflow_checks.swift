let big = Int.max
let (sum, overflow) = big.addingReportingOverflow(1)
print(sum == Int.min, overflow)
print(Int.max, Int.min)
print(UInt8.max)

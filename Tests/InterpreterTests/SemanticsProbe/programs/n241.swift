print(Double("inf") as Any, Double("-Infinity") as Any, Double("nan") as Any, Double("1e400") as Any, Double("0x1p4") as Any)
print(Double("1_000") as Any, Double("1.") as Any, Double("-.5e-2") as Any, Double("") as Any, Double("5 ") as Any)
print(Int("0x10") as Any, Int("-0") as Any, Int("007") as Any, Int("1e3") as Any, Int("") as Any, Int("-") as Any)
print(Float("3.4e39") as Any, Float("1e-46") as Any, UInt8("256") as Any, Int8("-128") as Any)

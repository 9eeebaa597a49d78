let nan = Double.nan
print(nan.isNaN, nan == nan)
print(Double.infinity.isInfinite)
print(Double.pi)
print(Double.greatestFiniteMagnitude > 1e308)
print(Double.ulpOfOne)
print((0.0).sign == .plus)

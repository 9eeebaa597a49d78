let big = Int.max
print(big &+ 1 == Int.min)
print(Int.min &- 1 == Int.max)
print(5 &* 3)

enum Phase { case warmup, train, evaluate }
let p = Phase.train
print(p)
print("phase: \(p)")
print([Phase.warmup, .evaluate])

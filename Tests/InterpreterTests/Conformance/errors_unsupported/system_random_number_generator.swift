var g = SystemRandomNumberGenerator()
print(Int.random(in: 0..<10, using: &g) < 10)
// expect error: 1:9 not supported in experiment blocks: 'SystemRandomNumberGenerator', whose numbers change from run to run; a note's randomness comes from its 'seed' (`Double.random(in:)`), or from a generator of its own passed as 'using:'

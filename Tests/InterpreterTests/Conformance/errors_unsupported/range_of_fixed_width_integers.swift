for seed in UInt64(1)...UInt64(3) { print(seed) }
// expect error: 1:22 not supported in experiment blocks: ranges of 'UInt64'; write a range of 'Int' and convert its values ('UInt64(i)')

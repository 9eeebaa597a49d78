func load() -> [Double] { [1, 2, 3] }
lazy var samples = load()
print(samples)
// expect error: 2:1 'lazy' cannot be used on an already-lazy global

func firstNonNil<T>(_ xs: [T?]) -> T? {
    for x in xs { if let x { return x } }
    return nil
}
print(firstNonNil([nil, 3, 4])!)
print(firstNonNil([String?]()) == nil)

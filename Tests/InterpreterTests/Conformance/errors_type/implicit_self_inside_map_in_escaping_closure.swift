class Grid {
    var offset = 1
    func shifter() -> ([Int]) -> [Int] {
        return { xs in xs.map { $0 + offset } }
    }
}
print(Grid().shifter()([1, 2]))
// expect error: 4:38 reference to property 'offset' in closure requires explicit use of 'self' to make capture semantics explicit

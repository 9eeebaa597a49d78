func track() {
    var count: Int {
        didSet { print(count) }
    }
    count = 1
}
// expect error: 2:9 non-member observing properties require an initializer

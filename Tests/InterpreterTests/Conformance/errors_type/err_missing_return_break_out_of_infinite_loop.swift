struct Search {
    func first(above limit: Int) -> Int {
        var i = 0
        outer: while true {
            while true {
                i += 1
                if i > limit { break outer }
            }
        }
    }
}
// expect error: 10:5 missing return in instance method expected to return 'Int'

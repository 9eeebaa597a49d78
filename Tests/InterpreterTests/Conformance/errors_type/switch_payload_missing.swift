enum Outcome { case value(Int?), failure }
func f(_ o: Outcome) -> Int {
    switch o {
    case .value(let x?): return x
    case .failure: return 0
    }
}
// expect error: 3:5 switch must be exhaustive; add missing case: '.value(.none)'

struct Schedule {
    var steps: [Double]
    var last: Double {
        if let x = steps.last { return x }
    }
}
print(Schedule(steps: [1]).last)
// expect error: 5:5 missing return in getter expected to return 'Double'

for i in 0..<3 {
    var p: Int?
    print(p as Any)
    p = i
    print(p!)
}
// expect: nil
// expect: 0
// expect: nil
// expect: 1
// expect: nil
// expect: 2

protocol P: AnyObject { var n: Int { get set } }
struct S: P { var n = 0 }
// expect error: 2:8 non-class type 'S' cannot conform to class protocol 'P'

struct P1 { var a = 2.0
var b = a * 2 }
// expect error: 2:9 cannot use instance member 'a' within property initializer; property initializers run before 'self' is available

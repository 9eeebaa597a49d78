struct S { var v: Double { 3 / 2 as Int } }
// expect error: 1:34 cannot convert return expression of type 'Int' to return type 'Double'

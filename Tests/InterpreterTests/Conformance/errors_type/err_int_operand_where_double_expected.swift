func f(_ t: Int) -> Double { 0.5 / t }
// expect error: 1:36 cannot convert value of type 'Int' to expected argument type 'Double'

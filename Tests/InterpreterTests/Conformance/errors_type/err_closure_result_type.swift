let f: () -> Double = { return 1 as Int }
// expect error: 1:34 cannot convert value of type 'Int' to closure result type 'Double'

let i = Int("3") + 1
// expect error: 1:9 value of optional type 'Int?' must be unwrapped to a value of type 'Int'

let x = 1
break
// expect error: 2:1 'break' is only allowed inside a loop or switch

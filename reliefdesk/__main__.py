from reliefdesk.cli import main

raise SystemExit(main())

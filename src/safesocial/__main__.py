from safesocial.cli import main

raise SystemExit(main())
